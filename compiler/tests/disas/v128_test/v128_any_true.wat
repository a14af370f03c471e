;; `v128.any_true` of a local.

(module
  (func (export "f") (param $a v128) (result i32)
    (v128.any_true (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000037
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: ptest   xmm0,xmm0
;;     2b: setne   al
;;     2f: movzx   eax,al
;;     33: leave
;;     34: ret     0x10
;;     37: cmp     dword ptr [r11+0x14],0
;;     40: jne     0x0000000000000056
;;     46: cmp     rax,[r11+0x38]
;;     4b: jb      0x0000000000000070
;;     51: jmp     0x000000000000001E
;;     56: mov     r11,[r14]
;;     5b: mov     qword ptr [r11+0x18],0x1F
;;     64: mov     eax,0xA
;;     6a: mov     rsp,[r11+8]
;;     6f: ret
;;     70: mov     r11,[r14]
;;     75: mov     qword ptr [r11+0x18],0x1F
;;     7e: mov     eax,9
;;     84: mov     rsp,[r11+8]
;;     89: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000036
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vptest  xmm0,xmm0
;;     2a: setne   al
;;     2e: movzx   eax,al
;;     32: leave
;;     33: ret     0x10
;;     36: cmp     dword ptr [r11+0x14],0
;;     3f: jne     0x0000000000000055
;;     45: cmp     rax,[r11+0x38]
;;     4a: jb      0x000000000000006F
;;     50: jmp     0x000000000000001E
;;     55: mov     r11,[r14]
;;     5a: mov     qword ptr [r11+0x18],0x1F
;;     63: mov     eax,0xA
;;     69: mov     rsp,[r11+8]
;;     6e: ret
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x1F
;;     7d: mov     eax,9
;;     83: mov     rsp,[r11+8]
;;     88: ret
