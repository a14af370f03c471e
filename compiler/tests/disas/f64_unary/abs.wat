;; `f64.abs` of a local.

(module
  (func (export "f") (param $a f64) (result f64)
    (f64.abs (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003E
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movq    rax,xmm0
;;     2a: mov     r11,0x7FFFFFFFFFFFFFFF
;;     34: and     rax,r11
;;     37: movq    xmm0,rax
;;     3c: leave
;;     3d: ret
;;     3e: cmp     dword ptr [r11+0x14],0
;;     47: jne     0x000000000000005D
;;     4d: cmp     rax,[r11+0x38]
;;     52: jb      0x0000000000000077
;;     58: jmp     0x000000000000001E
;;     5d: mov     r11,[r14]
;;     62: mov     qword ptr [r11+0x18],0x1F
;;     6b: mov     eax,0xA
;;     71: mov     rsp,[r11+8]
;;     76: ret
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x1F
;;     85: mov     eax,9
;;     8b: mov     rsp,[r11+8]
;;     90: ret
