;; A float local lives in its frame slot.

(module
  (func (export "f") (param $a f64) (result f64) (local $x f64)
    (local.set $x (f64.mul (local.get $a) (local.get $a)))
    (f64.add (local.get $x) (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000056
;;     1e: xor     eax,eax
;;     20: push    rax
;;     21: movsd   xmm0,[rbp+0x10]
;;     28: movsd   xmm1,[rbp+0x10]
;;     2f: mulsd   xmm1,xmm0
;;     34: movsd   [rbp-0x10],xmm1
;;     3b: movsd   xmm0,[rbp+0x10]
;;     42: movsd   xmm1,[rbp-0x10]
;;     49: addsd   xmm1,xmm0
;;     4e: movaps  xmm0,xmm1
;;     52: leave
;;     53: ret     8
;;     56: cmp     dword ptr [r11+0x14],0
;;     5f: jne     0x0000000000000075
;;     65: cmp     rax,[r11+0x38]
;;     6a: jb      0x000000000000008F
;;     70: jmp     0x000000000000001E
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x1F
;;     83: mov     eax,0xA
;;     89: mov     rsp,[r11+8]
;;     8e: ret
;;     8f: mov     r11,[r14]
;;     94: mov     qword ptr [r11+0x18],0x1F
;;     9d: mov     eax,9
;;     a3: mov     rsp,[r11+8]
;;     a8: ret
