;; `ref.null`.

(module
  (func (export "f") (result externref)
    (ref.null extern)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000025
;;     1e: xor     eax,eax
;;     21: leave
;;     22: ret     8
;;     25: cmp     dword ptr [r11+0x14],0
;;     2e: jne     0x0000000000000044
;;     34: cmp     rax,[r11+0x38]
;;     39: jb      0x000000000000005E
;;     3f: jmp     0x000000000000001E
;;     44: mov     r11,[r14]
;;     49: mov     qword ptr [r11+0x18],0x1E
;;     52: mov     eax,0xA
;;     58: mov     rsp,[r11+8]
;;     5d: ret
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x1E
;;     6c: mov     eax,9
;;     72: mov     rsp,[r11+8]
;;     77: ret
