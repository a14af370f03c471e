;; `i8x16.bitmask` of a local.
;; Finding (AVX2): some instructions here keep their legacy SSE encoding (and the
;; `movdqa` copies a three-operand VEX form would avoid) instead of VEX.

(module
  (func (export "f") (param $a v128) (result i32)
    (i8x16.bitmask (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002E
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: pmovmskb eax,xmm0
;;     2a: leave
;;     2b: ret     0x10
;;     2e: cmp     dword ptr [r11+0x14],0
;;     37: jne     0x000000000000004D
;;     3d: cmp     rax,[r11+0x38]
;;     42: jb      0x0000000000000067
;;     48: jmp     0x000000000000001E
;;     4d: mov     r11,[r14]
;;     52: mov     qword ptr [r11+0x18],0x1F
;;     5b: mov     eax,0xA
;;     61: mov     rsp,[r11+8]
;;     66: ret
;;     67: mov     r11,[r14]
;;     6c: mov     qword ptr [r11+0x18],0x1F
;;     75: mov     eax,9
;;     7b: mov     rsp,[r11+8]
;;     80: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002E
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: pmovmskb eax,xmm0
;;     2a: leave
;;     2b: ret     0x10
;;     2e: cmp     dword ptr [r11+0x14],0
;;     37: jne     0x000000000000004D
;;     3d: cmp     rax,[r11+0x38]
;;     42: jb      0x0000000000000067
;;     48: jmp     0x000000000000001E
;;     4d: mov     r11,[r14]
;;     52: mov     qword ptr [r11+0x18],0x1F
;;     5b: mov     eax,0xA
;;     61: mov     rsp,[r11+8]
;;     66: ret
;;     67: mov     r11,[r14]
;;     6c: mov     qword ptr [r11+0x18],0x1F
;;     75: mov     eax,9
;;     7b: mov     rsp,[r11+8]
;;     80: ret
