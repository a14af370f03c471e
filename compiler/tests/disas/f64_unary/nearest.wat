;; `f64.nearest` of a local.

(module
  (func (export "f") (param $a f64) (result f64)
    (f64.nearest (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000030
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: roundsd xmm0,xmm0,0
;;     2c: leave
;;     2d: ret     8
;;     30: cmp     dword ptr [r11+0x14],0
;;     39: jne     0x000000000000004F
;;     3f: cmp     rax,[r11+0x38]
;;     44: jb      0x0000000000000069
;;     4a: jmp     0x000000000000001E
;;     4f: mov     r11,[r14]
;;     54: mov     qword ptr [r11+0x18],0x1F
;;     5d: mov     eax,0xA
;;     63: mov     rsp,[r11+8]
;;     68: ret
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x1F
;;     77: mov     eax,9
;;     7d: mov     rsp,[r11+8]
;;     82: ret
