;; `v128.store` of a local.

(module
  (memory 1)
  (func (export "f") (param $p i32) (param $v v128)
    (v128.store offset=16 (local.get $p) (local.get $v))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000038
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: mov     eax,[rbp+0x20]
;;     2a: mov     r11,[r14+0x10]
;;     2f: movdqu  [r11+rax+0x10],xmm0
;;     36: leave
;;     37: ret
;;     38: cmp     dword ptr [r11+0x14],0
;;     41: jne     0x0000000000000057
;;     47: cmp     rax,[r11+0x38]
;;     4c: jb      0x0000000000000071
;;     52: jmp     0x000000000000001E
;;     57: mov     r11,[r14]
;;     5c: mov     qword ptr [r11+0x18],0x24
;;     65: mov     eax,0xA
;;     6b: mov     rsp,[r11+8]
;;     70: ret
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x24
;;     7f: mov     eax,9
;;     85: mov     rsp,[r11+8]
;;     8a: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000038
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: mov     eax,[rbp+0x20]
;;     2a: mov     r11,[r14+0x10]
;;     2f: vmovdqu [r11+rax+0x10],xmm0
;;     36: leave
;;     37: ret
;;     38: cmp     dword ptr [r11+0x14],0
;;     41: jne     0x0000000000000057
;;     47: cmp     rax,[r11+0x38]
;;     4c: jb      0x0000000000000071
;;     52: jmp     0x000000000000001E
;;     57: mov     r11,[r14]
;;     5c: mov     qword ptr [r11+0x18],0x24
;;     65: mov     eax,0xA
;;     6b: mov     rsp,[r11+8]
;;     70: ret
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x24
;;     7f: mov     eax,9
;;     85: mov     rsp,[r11+8]
;;     8a: ret
